"""What tests share: builders, driving the window, waiting for background work (one default timeout)."""
