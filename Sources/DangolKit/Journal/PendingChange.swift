/// A change on its way into a market file and its journal, so that after any kill or full disk it
/// is in both or in neither: `.dangol/pending/<market>.json`.
///
/// The writer, holding the market's lock, writes it once the new market file is complete but not
/// yet renamed into place, and removes it once the journal has the entry. A writer that finds one
/// left behind (`DataFolder.completePendingChange`) looks at the market file: when it is the
/// version the change wrote (its inode, size and modification time), the rename happened and the
/// entry is appended unless the journal already ends with it; otherwise the rename never happened
/// and the change is dropped with it. Either way the pending file goes.
struct PendingChange: Codable {
    /// The journal entry the change is to have.
    var entry: JournalEntry
    /// The new market file's inode, size and modification time (a rename keeps all three).
    var inode: UInt64
    var size: Int64
    var modified: Int64

    init(entry: JournalEntry, file: FileStamp) {
        self.entry = entry
        inode = file.inode
        size = file.size
        modified = file.modifiedNanoseconds
    }

    /// Whether `stamp` is the file this change wrote.
    func wrote(_ stamp: FileStamp) -> Bool {
        stamp.inode == inode && stamp.size == size && stamp.modifiedNanoseconds == modified
    }

    /// The pending file's name for market `id`.
    static func fileName(ofMarket id: String) -> String {
        "\(id).json"
    }
}
