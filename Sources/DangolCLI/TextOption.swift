import ArgumentParser
import DangolKit

/// Checks for text typed on the command line, before any file is opened.
enum TextOption {
    /// Refuses text with a control or bidirectional character, naming the option.
    static func check(_ text: String, _ option: String) throws {
        if let problem = TextRules.problem(in: text) { throw ValidationError("\(option) \(problem)") }
    }

    /// Refuses an id that could not name a market or store (and so never reaches a path).
    static func checkID(_ id: String, _ option: String) throws {
        guard MarketRules.isValidID(id) else {
            throw ValidationError("\(option): '\(TextRules.printable(id))' is not an id: \(MarketRules.idRule)")
        }
    }
}
