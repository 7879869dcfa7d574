"""The application: main window, docks, dialogs and the wiring of every layer."""
