import Foundation

/// Journaled changes to stores: every edit made by a person goes through here.
extension DataFolder {
    /// The newest `limit` entries of the market's journal that `matching` keeps, oldest first;
    /// read from the journal's end, so however long it grows this reads only what it returns.
    public func journal(of marketID: String, latest limit: Int = .max, matching: (JournalEntry) -> Bool = { _ in true }) throws -> [JournalEntry] {
        _ = try DataFolder.fileName(ofMarket: marketID)
        try requireReadable(market: marketID)
        return try MarketJournal(folder: self, marketID: marketID).latest(limit: limit, matching: matching)
    }

    /// Changes one store under the market's lock and journals it.
    ///
    /// `change` edits the freshly re-read market and returns the id of the store it changed
    /// (for an added store, the new id). What changed in the store goes into the journal.
    @discardableResult
    public func editStore(
        in marketID: String, author: String, at time: Date = Date(), action: JournalAction,
        _ change: (inout Market) throws -> String
    ) throws -> JournalEntry {
        try saveEdit(in: marketID, author: author, at: time, action: action, change).entry
    }

    /// `editStore`, giving back the market as it was written with the entry, for a caller that
    /// shows it and should not read the file it just wrote.
    public func saveEdit(
        in marketID: String, author: String, at time: Date = Date(), action: JournalAction,
        _ change: (inout Market) throws -> String
    ) throws -> SavedChange {
        try JournalEntry.checkAuthor(author)
        return try journaledUpdate(of: marketID) { market in
            let before = market
            let storeID = try change(&market)
            let after = market.stores.first { $0.id == storeID }
            return JournalEntry(
                at: time, author: author, action: action, storeID: storeID,
                before: before.stores.first { $0.id == storeID }, after: after,
                position: after == nil ? before.storeIndex(id: storeID) : nil, member: memberID)
        }
    }

    /// Undoes `author`'s latest change in the market that is not undone yet, as a new entry.
    ///
    /// Refused, with nothing written, when the store has changed since that edit: putting the
    /// old version back would silently throw away someone else's work.
    @discardableResult
    public func undoLastEdit(in marketID: String, author: String, at time: Date = Date()) throws -> JournalEntry {
        try saveUndo(in: marketID, author: author, at: time).entry
    }

    /// The change `undoLastEdit` would undo now: `author`'s latest in the market not undone yet
    /// (in a session, the member's, from any of their connections); nil when there is none.
    public func undoTarget(in marketID: String, author: String) throws -> JournalEntry? {
        _ = try DataFolder.fileName(ofMarket: marketID)
        try requireReadable(market: marketID)
        return try MarketJournal(folder: self, marketID: marketID).lastUndoable(by: author, member: memberID)
    }

    /// `undoLastEdit`, giving back the market as it was written with the entry. An import is
    /// undone as it was made, as one change: every store it touched goes back, or none does.
    /// With `expecting`, refused unless that entry is still the one to undo: the person was
    /// told what would be undone, and another of their connections may have saved since.
    public func saveUndo(in marketID: String, author: String, at time: Date = Date(), expecting: String? = nil) throws -> SavedChange {
        try JournalEntry.checkAuthor(author)
        return try journaledUpdate(of: marketID) { market in
            guard let target = try MarketJournal(folder: self, marketID: marketID).lastUndoable(by: author, member: memberID) else {
                throw DangolError.refused(KitText.nothingToUndo(author, in: market.name))
            }
            if let expecting, target.id != expecting { throw DangolError.refused(KitText.undoTargetMoved(target.storeName)) }
            guard !target.parts.isEmpty else { return try undo(target, in: &market, author: author, at: time) }
            let parts = try target.parts.reversed().map { try undo($0, in: &market, author: author, at: time) }
            return JournalEntry(at: time, author: author, action: .undo, batch: target.storeName, parts: parts,
                                undoes: target.id, member: memberID)
        }
    }

    /// Puts the store `target` changed back as it was in `market`. - Returns: the entry that says so.
    private func undo(_ target: JournalEntry, in market: inout Market, author: String, at time: Date) throws -> JournalEntry {
        let index = market.storeIndex(id: target.storeID)
        let current = index.map { market.stores[$0] }
        let restored = try target.undoing(current)
        switch (index, restored) {
        case let (index?, restored?): market.stores[index] = restored
        case let (index?, nil): market.stores.remove(at: index)
        case let (nil, restored?): market.stores.insert(restored, at: min(target.position ?? market.stores.count, market.stores.count))
        case (nil, nil): break
        }
        return JournalEntry(at: time, author: author, action: .undo, storeID: target.storeID,
                            before: current, after: restored, undoes: target.id,
                            position: restored == nil ? index : nil, member: memberID)
    }

    /// Applies an import under the market's lock and journals it as one entry named `sheet`,
    /// with a part for each store it added or changed, so that undo takes it back whole.
    /// - Returns: what `change` returned, and the entry; nil (and nothing written) when the
    ///   sheet changes nothing.
    public func saveImport<T>(into marketID: String, sheet: String, author: String, at time: Date = Date(),
                              _ change: (inout Market) throws -> T) throws -> (result: T, entry: JournalEntry?) {
        try JournalEntry.checkAuthor(author)
        try requireWritable(market: marketID)
        let original = try readMarket(marketID)
        var preview = original
        let previewed = try change(&preview)
        guard preview != original else { return (previewed, nil) }
        var result = previewed
        let saved = try journaledUpdate(of: marketID) { market in
            let before = market
            result = try change(&market)
            let parts = market.stores.enumerated().compactMap { position, store -> JournalEntry? in
                let old = before.stores.first { $0.id == store.id }
                guard old != store else { return nil }
                return JournalEntry(at: time, author: author, action: old == nil ? .add : .edit, storeID: store.id,
                                    before: old, after: store, member: memberID)
            }
            return JournalEntry(at: time, author: author, action: .importSheet, batch: sheet, parts: parts, member: memberID)
        }
        return (result, saved.entry)
    }

    /// A market change and its journal entry: both or neither, after any kill or full disk.
    ///
    /// The entry is encoded and the journal opened once the change is made and checked, so an
    /// entry too long or a journal that cannot be written refuses the change with nothing saved.
    /// The entry waits in `.dangol/pending/` from just before the new market file is renamed into
    /// place until it is in the journal (`PendingChange`): a writer killed in between leaves it for
    /// the next one to complete. Should the append fail after the save (a full disk), the error says
    /// plainly that the change was saved and its entry follows, so nobody records it twice.
    private func journaledUpdate(of marketID: String, _ change: (inout Market) throws -> JournalEntry) throws -> SavedChange {
        _ = try DataFolder.fileName(ofMarket: marketID)
        try requireWritable(market: marketID)
        let journal = MarketJournal(folder: self, marketID: marketID)
        let pendingName = PendingChange.fileName(ofMarket: marketID)
        var writer: MarketJournal.Writer?
        var line: [UInt8] = []
        var digest: MarketDigest?
        // The change's result carries the market as it left it: what `updateMarket` saves.
        let saved = try updateMarket(marketID, { market in
            (entry: try change(&market), market: market)
        }, beforeSaving: { saved in
            line = try MarketJournal.line(of: saved.entry)
            writer = try journal.openForAppending()
        }, beforeRename: { saved, stamp in
            let pending = PendingChange(entry: saved.entry, file: stamp)
            try stateFolder("pending", creating: true).replace(pendingName, with: FileCodec.encode(pending))
        }, afterSaving: { _, written in
            digest = written
            do {
                try writer?.append(line: line)
            } catch {
                throw DangolError.savedWithoutJournal(path: journal.path, reason: "\(error)")
            }
            try? stateFolder("pending").remove(pendingName)
        })
        return SavedChange(entry: saved.entry, market: saved.market, digest: digest ?? MarketDigest(market: saved.market))
    }
}

/// A change as it was saved: its journal entry, the whole market as written and its digest.
public struct SavedChange: Sendable {
    public let entry: JournalEntry
    public let market: Market
    public let digest: MarketDigest
}
