import DangolCLI
import DangolCurses

DangolMain.run { launch in
    try DashboardRunner.run(colors: launch.colors, options: launch.options, makeDashboard: launch.dashboard)
}
