import DangolCLI

DangolMain.run()
