"""The service layer: every query and state change the GUI, the command line and the tests make."""
