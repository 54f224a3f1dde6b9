import DangolKit

/// Forms: opening one over a market or store screen, typing into it, and Enter, which hands the
/// runner a `StoreSubmission`; undo.
extension DashboardCore {
    /// The store an edit on the current screen is about: the store screen's, else the cursor's.
    private var selectedStore: Store? {
        state.store?.row.store ?? state.market?.selectedRow?.store
    }

    /// Opens a form of `kind`. `o` on a store whose channel is open corrects the opening day;
    /// `x` deletes the record picked on the store's screen.
    mutating func openForm(_ kind: Form.Kind, replacing record: StoreRecord? = nil) {
        guard let market = writableMarket() else { return }
        let store = kind == .addStore ? nil : selectedStore
        guard kind == .addStore || store != nil else { return }
        var record = record
        if kind == .channel, let opened = store?.channelOpenedOn { record = .channelOpened(opened) }
        if kind == .deleteRecord {
            guard let picked = state.store?.selectedRecord else {
                state.notice = UIText.pickRecord(state.options.language)
                return
            }
            record = picked
        }
        var form = Form(kind: kind, market: market, store: store, today: state.session.today, author: state.session.author,
                        language: state.options.language, replacing: record)
        form.validate(market: market, today: state.session.today)
        state.stack.append(.form(form))
    }

    /// Enter on a store's screen: the form that corrects the record picked with ↑↓.
    mutating func correctPickedRecord() {
        guard let record = state.store?.selectedRecord else {
            state.notice = UIText.pickRecord(state.options.language)
            return
        }
        openForm(Form.kind(correcting: record), replacing: record)
    }

    /// The market in front, when this session may change it; if not, the status line says why
    /// before a form is filled in that could never be saved.
    private mutating func writableMarket() -> Market? {
        let language = state.options.language
        guard !state.session.readOnly else {
            state.notice = FormText.readOnly(language)
            return nil
        }
        guard let market = state.market?.market else { return nil }
        guard state.session.rights.mayWrite(market: market.id) else {
            state.notice = state.session.rights.refusal(writing: market.id).message(language)
            return nil
        }
        return market
    }

    mutating func fillForm(_ key: Key) -> [Effect] {
        guard case .form(var form)? = state.stack.last, let market = state.market?.market else { return [] }
        switch KeyBindings.action(for: key, on: .form) {
        case .nextField?: form.focus = form.fields.isEmpty ? 0 : (form.focus + 1) % form.fields.count
        case .previousField?: form.focus = form.fields.isEmpty ? 0 : (form.focus + form.fields.count - 1) % form.fields.count
        case .cancel?:
            state.stack.removeLast()
            return []
        case .save?:
            return submit(&form)
        default:
            guard form.fields.indices.contains(form.focus), form.fields[form.focus].input.edit(key) else { return [] }
            form.confirmed = false
            form.failure = nil
        }
        form.validate(market: market, today: state.session.today)
        state.replaceFront(with: .form(form))
        return []
    }

    /// Enter: a valid form goes to the runner to save. One with a warning (a friend count going
    /// down) is first checked against the market as it is now; the warning then needs its own Enter.
    private mutating func submit(_ form: inout Form) -> [Effect] {
        defer { state.replaceFront(with: .form(form)) }
        guard form.isValid else { return [] }
        form.conflict = nil
        guard form.warning == nil || form.confirmed else { return [.loadMarket(form.marketID, then: .recheckForm)] }
        return save(form)
    }

    /// The form in front checked against `market` as it is now, before its warning counts.
    mutating func recheckForm(against market: Market) -> [Effect] {
        guard case .form(var form)? = state.stack.last else { return [] }
        defer { state.replaceFront(with: .form(form)) }
        // Someone else's change: the save finds it under the lock and says whose it was.
        guard !form.isStale(against: market) else { return save(form) }
        form.validate(market: market, today: state.session.today)
        guard form.warning == nil else {
            form.confirmed = true
            return []
        }
        return save(form)
    }

    private func save(_ form: Form) -> [Effect] {
        let session = state.session
        return form.submission(author: session.author, today: session.today, at: session.now).map { [.save($0)] } ?? []
    }

    /// `u`: first finds what an undo of the author's latest change in the market in front
    /// would take back (`showUndo`).
    mutating func undo() -> [Effect] {
        guard let market = writableMarket() else { return [] }
        return [.findUndo(market: market.id, author: state.session.author)]
    }

    /// What `u` would take back: undone at once when it is the store on screen (its own screen,
    /// or the cursor's on the market's), else asked first, naming the store, the change, when and by whom (it may be one made from another
    /// connection, or an import of many stores).
    mutating func showUndo(_ target: JournalEntry?, in marketID: String) -> [Effect] {
        let language = state.options.language
        guard let target else {
            state.notice = KitText.nothingToUndo(state.session.author, in: state.market?.market.name ?? marketID)(language)
            return []
        }
        let undo = Effect.undo(market: marketID, author: state.session.author, at: state.session.now, expecting: target.id)
        state.undoing = target
        if target.parts.isEmpty, target.storeID == selectedStore?.id { return [undo] }
        state.undoQuestion = undo
        state.notice = FormText.askUndo(JournalText.summary(target, language: language))(language)
        return []
    }

    /// The key that answers the undo question: `y` undoes, anything else keeps the change.
    mutating func answerUndo(_ key: Key) -> [Effect] {
        defer { state.undoQuestion = nil }
        guard key == .character("y") || key == .character("Y"), let undo = state.undoQuestion else {
            state.undoing = nil
            state.notice = FormText.undoKept(state.options.language)
            return []
        }
        return [undo]
    }
}
