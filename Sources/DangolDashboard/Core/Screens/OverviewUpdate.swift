import DangolKit

/// The overview's keys: its list of markets (under round headings), its filter, sort, charts
/// and rounds.
extension DashboardCore {
    mutating func updateOverview(_ action: Action) -> [Effect] {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            state.overview.move(action, count: state.overviewVisible.count, page: ScreenLayout.page(.overview, state))
        case .open:
            switch state.overviewVisible[safe: state.overview.cursor] {
            case .round(let index)?: narrow(to: state.calendar.readings[index].id)
            case .market(let index)?: return [.loadMarket(state.overviewRows[index].digest.id, then: .open)]
            case nil: break
            }
        case .back:
            // The innermost mode first (a filter, the charts, a narrowed round). Esc never quits:
            // pressed once too often over a slow link, it would close the connection.
            if !state.overview.filter.isEmpty {
                setFilter("")
            } else if state.showCharts {
                state.showCharts = false
            } else if state.round != nil {
                narrow(to: nil)
            } else {
                state.notice = UIText.quitWithQ(state.options.language)
            }
        case .sortNext, .sortReverse:
            state.overview.changeSort(reverse: action == .sortReverse, columns: OverviewRow.Column.allCases.count) {
                OverviewRow.Column(rawValue: $0)?.startsAscending ?? true
            }
            refreshOverview(keeping: state.selectedOverviewMarket)
        case .charts: state.showCharts.toggle()
        case .round: nextRound()
        default: break
        }
        return []
    }

    /// Narrows the overview to the next round, and after the last back to every round.
    private mutating func nextRound() {
        let ids = state.calendar.readings.map(\.id)
        guard ids.count > 1 else {
            state.notice = UIText.oneRound(state.options.language)
            return
        }
        let next = state.round.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        narrow(to: ids[safe: next])
    }

    private mutating func narrow(to round: String?) {
        state.round = round
        state.overviewWeeklyOpenings = WeeklyOpenings(state.overviewMarkets, calendar: state.calendar)
        refreshOverview(keeping: state.selectedOverviewMarket)
    }

    /// Re-filters and re-sorts the overview, keeping the cursor on market `id`. With more than
    /// one round each round's heading comes first and its markets, sorted, under it.
    mutating func refreshOverview(keeping id: String?) {
        let list = state.overview
        let narrowed = state.narrowedReading
        let markets = RowOrdering.visible(
            state.overviewRows,
            matches: { row in
                (state.round == nil || row.reading == narrowed)
                    && (list.filter.isEmpty || HangulSearch.matches(list.filter, in: row.name)
                        || HangulSearch.matches(list.filter, in: row.region))
            },
            compare: list.sortColumn.flatMap(OverviewRow.Column.init(rawValue:)).map { $0.ascending },
            ascending: list.ascending)
        if state.groupsByRound {
            var members = [[Int]](repeating: [], count: state.calendar.readings.count)
            for market in markets {
                if let reading = state.overviewRows[market].reading { members[reading].append(market) }
            }
            state.overviewVisible = members.indices.flatMap { index -> [OverviewEntry] in
                members[index].isEmpty ? [] : [.round(index)] + members[index].map(OverviewEntry.market)
            }
        } else {
            state.overviewVisible = markets.map(OverviewEntry.market)
        }
        state.overview.cursor = id.flatMap { id in state.overviewVisible.firstIndex { state.overviewRow($0)?.digest.id == id } }
            ?? state.overviewVisible.firstIndex { state.overviewRow($0) != nil } ?? 0
        state.overview.clamp(count: state.overviewVisible.count, page: ScreenLayout.page(.overview, state))
    }

    // MARK: Filter (the overview's and the market screen's)

    mutating func editFilter(_ key: Key) {
        let current = state.screen == .market ? state.market?.list.filter ?? "" : state.overview.filter
        switch key {
        case .character(let character): setFilter(current + String(character))
        case .backspace: setFilter(String(current.dropLast()))
        case .enter: state.isEditingFilter = false
        case .escape:
            state.isEditingFilter = false
            setFilter("")
        case .up, .down, .pageUp, .pageDown: _ = updateFront(KeyBindings.action(for: key, on: state.screen) ?? .moveDown)
        default: break
        }
    }

    mutating func setFilter(_ text: String) {
        guard state.screen == .market, case .market(var screen)? = state.stack.popLast() else {
            state.overview.filter = text
            refreshOverview(keeping: state.selectedOverviewMarket)
            return
        }
        let selected = screen.selectedRow?.store.id
        screen.list.filter = text
        refreshList(of: &screen, keeping: selected)
        state.stack.append(.market(screen))
    }
}

extension ListState {
    /// `s` picks the next column to sort by (each in its natural direction; after the last, the
    /// natural order again), `S` turns the direction around.
    mutating func changeSort(reverse: Bool, columns: Int, startsAscending: (Int) -> Bool) {
        if reverse {
            if sortColumn == nil { sortColumn = 0 }
            ascending.toggle()
        } else {
            let next = (sortColumn ?? -1) + 1
            sortColumn = next < columns ? next : nil
            ascending = startsAscending(next)
        }
    }

    /// Scrolls a block of `contentHeight` lines of which `page` are visible: the offset moves.
    mutating func scroll(_ action: Action, contentHeight: Int, page: Int) {
        let last = max(0, contentHeight - page)
        switch action {
        case .moveUp: offset -= 1
        case .moveDown: offset += 1
        case .pageUp: offset -= max(1, page)
        case .pageDown: offset += max(1, page)
        case .top: offset = 0
        case .bottom: offset = last
        default: break
        }
        offset = max(0, min(offset, last))
    }
}
