import DangolCLI
import DangolCurses

import DangolKit
import Foundation

DangolMain.run { launch in
    let watch = FolderWatch(folder: launch.folder, forcePolling: ProcessInfo.processInfo.environment["DANGOL_WATCH"] == "poll")
    return try DashboardRunner.run(colors: launch.colors, options: launch.options, watch: watch, makeDashboard: launch.dashboard,
                                   ended: launch.remember)
}
