//! Calculator 2: total phosphorus (TP, 总磷). Built by issue 5.
