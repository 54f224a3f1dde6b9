import Synchronization

/// Characters of more than one scalar (a letter with combining marks, an emoji sequence), each
/// given a number once, so that a grid cell can hold any character as a plain 32-bit code and
/// grids are copied and compared as plain memory.
///
/// The table is shared by every grid in the process and only grows; it holds at most
/// `capacity` characters (each distinct one drawn, so a data folder's names, not its size,
/// decide how many there are), and a character past that is drawn as U+FFFD.
enum GraphemeTable {
    /// The most characters the table holds.
    static let capacity = 65_536
    /// The first code past every Unicode scalar: codes from here on are table entries.
    static let firstCode: UInt32 = 0x11_0000

    private struct Entries {
        var characters: [Character] = []
        var codes: [Character: UInt32] = [:]
    }

    private static let entries = Mutex(Entries())

    /// The code of `character`, which has more than one scalar.
    static func code(of character: Character) -> UInt32 {
        entries.withLock { entries in
            if let code = entries.codes[character] { return code }
            guard entries.characters.count < capacity else { return 0xFFFD }
            let code = firstCode + UInt32(entries.characters.count)
            entries.characters.append(character)
            entries.codes[character] = code
            return code
        }
    }

    /// The character a code from `code(of:)` stands for.
    static func character(of code: UInt32) -> Character {
        entries.withLock { $0.characters[Int(code - firstCode)] }
    }
}
