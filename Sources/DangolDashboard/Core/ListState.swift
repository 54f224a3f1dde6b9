/// A scrolling list: which row is selected, which row is at the top, how it is filtered and sorted.
public struct ListState: Sendable, Equatable {
    public var cursor = 0
    public var offset = 0
    public var filter = ""
    /// The column the list is sorted by; nil keeps the natural order (programme or file order).
    public var sortColumn: Int?
    public var ascending = true

    /// Applies a cursor movement over `count` rows with `page` of them visible.
    mutating func move(_ action: Action, count: Int, page: Int) {
        let page = max(1, page)
        switch action {
        case .moveUp: cursor -= 1
        case .moveDown: cursor += 1
        case .pageUp: cursor -= page
        case .pageDown: cursor += page
        case .top: cursor = 0
        case .bottom: cursor = count - 1
        default: return
        }
        clamp(count: count, page: page)
    }

    /// Keeps the cursor on a row and that row on screen.
    mutating func clamp(count: Int, page: Int) {
        cursor = max(0, min(cursor, count - 1))
        let page = max(1, page)
        if cursor < offset { offset = cursor }
        if cursor >= offset + page { offset = cursor - page + 1 }
        offset = max(0, min(offset, max(0, count - page)))
    }
}
