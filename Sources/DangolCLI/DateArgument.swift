import ArgumentParser
import DangolKit

extension CalendarDate: ExpressibleByArgument {
    /// Parses `YYYY-MM-DD`, so a bad date is refused by the parser with the option's name.
    public init?(argument: String) {
        self.init(argument)
    }
}

extension MessageKind: ExpressibleByArgument {}
