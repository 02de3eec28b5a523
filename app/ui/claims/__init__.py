"""The claim editor: new claims from the reader's selection, and their review."""
