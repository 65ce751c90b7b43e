//! The report's new-energy heavy trucks: NOx and CO₂ avoided against China-VI diesel trucks.
//! Built by issue 4.
