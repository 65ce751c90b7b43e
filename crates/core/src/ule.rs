//! Calculator 1: ultra-low-emission (ULE, 超低排放) retrofits. Built by issue 4.
