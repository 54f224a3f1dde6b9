/// How a cell is drawn: attributes that work on any terminal, plus an optional colour role.
///
/// Meaning is always carried by the attributes (reverse for the cursor, bold for headings),
/// so the dashboard reads the same in monochrome and with `NO_COLOR`; colour only adds to it.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false
    public var color: ColorRole = .none

    public init(bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false, color: ColorRole = .none) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
        self.color = color
    }

    /// The style as flags, the form a grid cell keeps it in: one bit per attribute, the
    /// colour role above them.
    var bits: UInt32 {
        (bold ? 1 : 0) | (reverse ? 2 : 0) | (dim ? 4 : 0) | (underline ? 8 : 0) | UInt32(color.rawValue) << 4
    }

    init(bits: UInt32) {
        self.init(bold: bits & 1 != 0, reverse: bits & 2 != 0, dim: bits & 4 != 0, underline: bits & 8 != 0,
                  color: ColorRole(rawValue: Int(bits >> 4)) ?? .none)
    }

    public static let plain = CellStyle()
    public static let heading = CellStyle(bold: true)
    public static let bar = CellStyle(reverse: true, color: .title)
    public static let cursor = CellStyle(bold: true, reverse: true)
    public static let muted = CellStyle(dim: true)
    public static let warning = CellStyle(bold: true, color: .warning)
}

/// What a colour stands for; the backend picks the actual colour from the terminal's palette.
public enum ColorRole: Int, CaseIterable, Sendable {
    case none
    case title
    case accent
    case good
    case warning
}
