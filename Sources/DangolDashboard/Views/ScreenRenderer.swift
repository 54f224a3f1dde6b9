/// Draws the whole screen for a state: the screen in front, then the status line.
enum ScreenRenderer {
    /// `state`'s frame; `memo` keeps what it drew for the next frame to copy.
    static func render(_ state: DashboardState, memo: inout RenderMemo) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height, measure: state.options.measure)
        guard state.width >= Frame.minimumWidth, state.height >= Frame.minimumHeight else {
            Frame.tooSmall(into: &grid, options: state.options)
            return grid
        }
        if state.screen == .help {
            HelpView.draw(state, into: &grid)
        } else {
            switch state.screenUnderHelp {
            case .overview: OverviewView.draw(state, into: &grid, memo: &memo.overview)
            case .market: MarketView.draw(state, into: &grid)
            case .store: StoreView.draw(state, into: &grid)
            case .worklist: WorklistView.draw(state, into: &grid)
            case .awards: AwardsView.draw(state, into: &grid)
            case .search: SearchView.draw(state, into: &grid)
            case .help, .form: break
            }
            FormView.draw(state, into: &grid)
        }
        Frame.statusLine(into: &grid, state: state, memo: &memo.status)
        return grid
    }
}
