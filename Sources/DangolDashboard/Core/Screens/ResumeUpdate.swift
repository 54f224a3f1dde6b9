import DangolKit
import Foundation

/// Where a session starts: the member's own market under the overview's cursor, and the screen
/// they were on when their last session ended.
extension DashboardCore {
    /// Puts the overview's cursor on market `id` and, with `opening`, opens its screen (and
    /// store `store`'s over it). A market this person may not read, or that is gone, leaves the
    /// overview as it is; a store that is gone leaves its market's screen.
    public mutating func resume(market id: String, store: String?, opening: Bool) -> [Effect] {
        guard state.overviewRows.contains(where: { $0.digest.id == id }) else { return [] }
        refreshOverview(keeping: id)
        guard opening else { return [] }
        return [.loadMarket(id, then: store.map(MarketRequest.openStore) ?? .open)]
    }
}

extension DashboardCore {
    /// Opens the form `draft` was kept from, over the store screen in front, with its text,
    /// saying it is the draft of a dropped connection: Enter saves it as usual, Esc discards it.
    /// Nothing when the screen in front is not the draft's store (gone, or no longer writable:
    /// the status line then says why), or the form has other fields now.
    public mutating func restore(_ draft: MemberSession.Draft) {
        guard let kind = Form.Kind(rawValue: draft.form), state.market?.market.id == draft.market,
              kind == .addStore ? state.screen == .market : state.store?.row.store.id == draft.store else { return }
        openForm(kind)
        guard case .form(var form)? = state.stack.last, form.kind == kind, form.fields.count == draft.fields.count,
              let market = state.market?.market else { return }
        for index in form.fields.indices { form.fields[index].text = draft.fields[index] }
        form.validate(market: market, today: state.session.today)
        state.replaceFront(with: .form(form))
        state.notice = FormText.draftRestored(state.options.language)
    }
}

extension DashboardState {
    /// The form in front as a draft to keep if the connection drops now: a form that records,
    /// adds or edits (one that corrects or deletes a picked record is opened again in a key).
    public func draft(at now: Date) -> MemberSession.Draft? {
        guard case .form(let form)? = stack.last, form.replacing == nil, form.kind != .removeStore, form.kind != .deleteRecord
        else { return nil }
        return MemberSession.Draft(form: form.kind.rawValue, market: form.marketID, store: form.storeID,
                                   fields: form.fields.map(\.text), keptAt: now)
    }

    /// What of this session is worth resuming: the round the overview is narrowed to, and the
    /// market and store whose screens are open (under a form, help or a list over them).
    public var resumable: (round: String?, market: String?, store: String?) {
        (round, market?.market.id, store?.row.store.id)
    }
}
