import DangolKit
import Foundation

/// Carries out the core's effects over the data folder and reports each result as an `Input`.
/// It also notices other sessions' changes, keeping the stamp of every market file as last read.
struct EffectRunner {
    private let data: DashboardData
    /// The market files as last read.
    private var knownStamps: [String: FileStamp]
    /// The markets whose digest could not be read, tried again at each look at every file.
    private var unreadable: Set<String> = []

    /// A runner over `data` and what the first frame needs: the programme, every readable
    /// digest, the calendar and the member's rights. - Throws: when program.json cannot be read.
    static func start(data: DashboardData, today: CalendarDate, requested: CalendarDate?) throws -> (EffectRunner, DashboardCore.Start) {
        let (digests, problems) = data.readableDigests()
        let program = try data.program()
        var runner = EffectRunner(data: data, knownStamps: data.marketStamps())
        runner.unreadable = Set(runner.knownStamps.keys).subtracting(digests.map(\.id))
        let request = CalendarRequest(digests: digests, problems: [], rounds: program.rounds, today: today, requested: requested)
        let start = DashboardCore.Start(program: program, digests: digests, problems: problems,
                                        calendar: runner.calendar(for: request), rights: data.rights)
        return (runner, start)
    }

    private init(data: DashboardData, knownStamps: [String: FileStamp]) {
        self.data = data
        self.knownStamps = knownStamps
    }

    /// The member's rights as team.json gives them now.
    var rights: Rights {
        data.rights
    }

    /// Carries out `effect`. - Returns: what came of it, for the core.
    mutating func perform(_ effect: Effect) -> [Input] {
        switch effect {
        case .quit:
            return []
        case .loadMarket(let id, let request):
            do {
                return [.market(try data.market(id), for: request)]
            } catch {
                return [.marketFailed(id, for: request, reason: error.localizedMessage)]
            }
        case .loadMarkets(let ids, let gathering):
            do {
                return [.markets(try ids.map { try data.market($0) }, for: gathering)]
            } catch {
                return [.failed(error.localizedMessage)]
            }
        case .loadHistory(let marketID, let storeID):
            let entries = (try? data.journal(of: marketID, latest: Bounds.historyEntries) { $0.concerns(store: storeID) }) ?? []
            return [.history(entries, market: marketID, store: storeID)]
        case .readChanges(let files):
            return changes(in: files.all ? nil : files.ids).map { [.marketsChanged($0)] } ?? []
        case .resolveCalendar(let request):
            return [.calendar(calendar(for: request), for: request)]
        case .save(let submission):
            return save(submission)
        case .findUndo(let marketID, let author):
            do {
                return [.undoTarget(try data.undoTarget(in: marketID, author: author), market: marketID)]
            } catch {
                return [.failed(error.localizedMessage)]
            }
        case .undo(let marketID, let author, let time, let expecting):
            do {
                let saved = try data.saveUndo(in: marketID, author: author, at: time, expecting: expecting)
                noteOwnSave(of: marketID)
                return [.undone(saved)]
            } catch {
                return [.failed(error.localizedMessage)]
            }
        }
    }

    /// Saves a form's change under the market's lock, checked there, once, against the store as
    /// the form saw it.
    private mutating func save(_ submission: StoreSubmission) -> [Input] {
        do {
            let saved = try data.saveEdit(in: submission.marketID, author: submission.author, at: submission.time,
                                          action: submission.action) { market in try submission.apply(to: &market) }
            noteOwnSave(of: submission.marketID)
            return [.saved(saved)]
        } catch let changed as StoreSubmission.StoreChanged {
            let storeID = submission.storeID
            let latest = (try? data.journal(of: submission.marketID, latest: 1) { entry in storeID.map(entry.concerns(store:)) ?? false })?.last
            return [.conflict(changed.market, latest: latest)]
        } catch {
            return [.saveFailed(error.localizedMessage)]
        }
    }

    /// After this session's own save: the file's new stamp is known, so the kernel's word of it
    /// costs nothing.
    private mutating func noteOwnSave(of id: String) {
        knownStamps[id] = data.marketStamps(of: [id])[id]
    }

    /// The calendar `request` asks for, the same whoever reads; when program.json cannot be read
    /// just now, worked out from the overview's own markets.
    private func calendar(for request: CalendarRequest) -> RoundCalendar {
        (try? data.roundCalendar(readable: request.digests, today: request.today, requested: request.requested))
            ?? RoundCalendar(rounds: request.rounds, digests: request.digests, today: request.today, requested: request.requested)
    }

    /// What other sessions changed: one stat per market file of `markets` (nil: of every one),
    /// and the digests of the files that changed and, at a look at every file, of those that
    /// could not be read before. - Returns: nil when nothing changed.
    private mutating func changes(in markets: Set<String>?) -> MarketChanges? {
        let changed: Set<String>
        // Told which files changed, the stamps and the digests are read together.
        var readTogether: [String: Result<MarketDigest, Error>]?
        if let markets {
            let fresh = data.changedDigests(of: markets, known: knownStamps)
            changed = markets.filter { fresh.stamps[$0] != knownStamps[$0] }
            for id in changed { knownStamps[id] = fresh.stamps[id] }
            readTogether = fresh.digests
        } else {
            let stamps = data.marketStamps()
            changed = Set(stamps.keys).union(knownStamps.keys).filter { stamps[$0] != knownStamps[$0] }
            knownStamps = stamps
        }
        guard !changed.isEmpty else { return nil }
        var result = MarketChanges(digests: [:], removed: [], problems: [])
        let tried = markets == nil ? changed.union(unreadable) : changed
        unreadable.subtract(tried)
        let present = tried.filter { knownStamps[$0] != nil }
        result.removed = tried.subtracting(present)
        let read = readTogether ?? data.digests(of: present)
        for id in present.sorted() {
            switch read[id] {
            case .success(let digest)?:
                result.digests[id] = digest
            case .failure(let error)?:
                result.removed.insert(id)
                unreadable.insert(id)
                result.problems.append(error.localizedMessage)
            case nil:
                result.removed.insert(id)
            }
        }
        return result
    }
}
