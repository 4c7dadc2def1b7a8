// UI tests: placeholder.
