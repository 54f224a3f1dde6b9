import Foundation

/// Journaled changes to stores: every edit made by a person goes through here.
extension DataFolder {
    /// The market's journal, oldest first.
    public func journal(of marketID: String) throws -> [JournalEntry] {
        _ = try DataFolder.fileName(ofMarket: marketID)
        try requireReadable(market: marketID)
        return try MarketJournal(folder: self, marketID: marketID).entries()
    }

    /// Changes one store under the market's lock and journals it.
    ///
    /// `change` edits the freshly re-read market and returns the id of the store it changed
    /// (for an added store, the new id). The store before and after goes into the journal.
    @discardableResult
    public func editStore(
        in marketID: String, author: String, at time: Date = Date(), action: JournalAction,
        _ change: (inout Market) throws -> String
    ) throws -> JournalEntry {
        try JournalEntry.checkAuthor(author)
        return try journaledUpdate(of: marketID) { market in
            let before = market
            let storeID = try change(&market)
            let after = market.stores.first { $0.id == storeID }
            return JournalEntry(
                at: time, author: author, action: action, storeID: storeID,
                before: before.stores.first { $0.id == storeID }, after: after,
                position: after == nil ? before.storeIndex(id: storeID) : nil, member: rights.member?.id)
        }
    }

    /// Undoes `author`'s latest change in the market that is not undone yet, as a new entry.
    ///
    /// Refused, with nothing written, when the store has changed since that edit: putting the
    /// old version back would silently throw away someone else's work.
    @discardableResult
    public func undoLastEdit(in marketID: String, author: String, at time: Date = Date()) throws -> JournalEntry {
        try JournalEntry.checkAuthor(author)
        return try journaledUpdate(of: marketID) { market in
            guard let target = try MarketJournal(folder: self, marketID: marketID).lastUndoable(by: author, member: rights.member?.id) else {
                throw DangolError.refused(KitText.nothingToUndo(author, in: market.name))
            }
            let index = market.storeIndex(id: target.storeID)
            let current = index.map { market.stores[$0] }
            guard current == target.after else {
                let name = (target.after ?? target.before)?.name ?? target.storeID
                throw DangolError.refused(KitText.changedSinceEdit(name))
            }
            switch (index, target.before) {
            case let (index?, before?): market.stores[index] = before
            case let (index?, nil): market.stores.remove(at: index)
            case let (nil, before?): market.stores.insert(before, at: min(target.position ?? market.stores.count, market.stores.count))
            case (nil, nil): break
            }
            return JournalEntry(at: time, author: author, action: .undo, storeID: target.storeID,
                                before: current, after: target.before, undoes: target.id, member: rights.member?.id)
        }
    }

    /// A market change and its journal entry: both or neither, and a message that says which.
    ///
    /// The journal is opened for appending once the change is made and checked but before the
    /// market file is saved, so a journal that cannot be written refuses the change with nothing
    /// saved. Should the append itself fail after the save (a full disk), the error says plainly
    /// that the change was saved and only its journal entry is missing, so nobody records it twice.
    private func journaledUpdate(of marketID: String, _ change: (inout Market) throws -> JournalEntry) throws -> JournalEntry {
        _ = try DataFolder.fileName(ofMarket: marketID)
        try requireWritable(market: marketID)
        let journal = MarketJournal(folder: self, marketID: marketID)
        var writer: MarketJournal.Writer?
        return try updateMarket(marketID, change, beforeSaving: { _ in
            writer = try journal.openForAppending()
        }, afterSaving: { entry in
            do {
                try writer?.append(entry)
            } catch {
                throw DangolError.savedWithoutJournal(path: journal.path, reason: "\(error)")
            }
        })
    }
}
