"""The review panel: queue, conflicts, duplicates, history and the overview dashboard."""
