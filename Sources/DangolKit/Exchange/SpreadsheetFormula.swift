/// Keeps cells from being read as formulas when a CSV file is opened in a spreadsheet.
///
/// Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-` or `@` (and
/// some start one after a tab or carriage return) as a formula: `=HYPERLINK(…)` or `=cmd|…` in a
/// store name would act on the machine of whoever opens the export. As OWASP recommends, such a
/// cell is written with a leading `'`, which spreadsheets show as text; import takes the mark off
/// again, so export → import gives back exactly what was exported.
public enum SpreadsheetFormula {
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written to CSV: marked when a spreadsheet could take it for a formula.
    public static func neutralized(_ cell: String) -> String {
        needsMark(cell[...]) ? "'" + cell : cell
    }

    /// The cell as read from CSV: the mark `neutralized` added, taken off.
    public static func restored(_ cell: String) -> String {
        cell.first == "'" && needsMark(cell.dropFirst()) ? String(cell.dropFirst()) : cell
    }

    /// A formula start, or a `'` before text that itself needs the mark (so a name that really
    /// begins with `'=` is marked too, and restoring is exact).
    private static func needsMark(_ text: Substring) -> Bool {
        guard let first = text.first else { return false }
        return formulaStarts.contains(first) || (first == "'" && needsMark(text.dropFirst()))
    }
}
