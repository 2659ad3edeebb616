"""Interview Simulator core: everything testable without Streamlit lives here."""
