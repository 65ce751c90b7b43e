//! Calculator 3: carbon footprint (碳足迹). Built by issue 6.
