//! The quantities of calculator 2 as types, and the only places their units are converted.
//!
//! Every conversion factor of the calculator is written once, here, with its reason:
//!
//! * 1 mg/L = 1 g/m³, so a flow of Q m³/d at C mg/L carries Q × C g/d; over `days` days that is
//!   Q × C × days g = Q × C × days × 10⁻⁶ t ([`Flow::load`]; factors.md B2, "load formula").
//! * A loss coefficient in kg P/(ha·yr) on A ha gives A × k kg/yr = A × k × 10⁻³ t/yr
//!   ([`Hectares::load`]).
//! * Manure: heads × t of manure per head per year × kg TP per t of manure = kg/yr, × 10⁻³ t/kg
//!   ([`manure_load`]).
//! * A load L t/yr brought to a limit c mg/L (= g/m³) needs L × 10⁶ g/t ÷ c m³ of water per year
//!   ([`Load::volume_at`]; factors.md B3, "load ÷ limit").
//! * Algal biomass: kg of algae per kg P is also t per t, so t/yr × (kg/kg P) = t/yr of algae
//!   ([`Load::times_ratio`]).

/// A water flow, m³/d (a plant's or a factory's discharge).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Flow(pub f64);

/// A total-phosphorus concentration, mg/L as P (= g/m³).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Concentration(pub f64);

/// Operating days per year (365 for a plant that runs all year).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Days(pub f64);

/// A land area, ha.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Hectares(pub f64);

/// A total-phosphorus load, t TP/yr (as P).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Load(pub f64);

/// A volume of water per year, m³/yr.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct VolumePerYear(pub f64);

/// Grams per tonne.
const G_PER_T: f64 = 1e6;
/// Kilograms per tonne.
const KG_PER_T: f64 = 1e3;

impl Flow {
    /// The TP load a flow carries at concentration `c`, over `days` days a year:
    /// Q (m³/d) × C (mg/L = g/m³) × days × 10⁻⁶ t/g.
    pub fn load(self, c: Concentration, days: Days) -> Load {
        Load(self.0 * c.0 * days.0 / G_PER_T)
    }
}

impl Hectares {
    /// The TP load lost from this area at `kg_p_per_ha_yr` kg P/(ha·yr): A × k × 10⁻³ t/kg.
    pub fn load(self, kg_p_per_ha_yr: f64) -> Load {
        Load(self.0 * kg_p_per_ha_yr / KG_PER_T)
    }
}

/// The TP in a herd's manure, t/yr: heads × manure (t per head per year) × manure TP (kg/t)
/// × 10⁻³ t/kg.
pub fn manure_load(heads: f64, manure_t_per_head_yr: f64, kg_tp_per_t: f64) -> Load {
    Load(heads * manure_t_per_head_yr * kg_tp_per_t / KG_PER_T)
}

impl Load {
    /// The part `share` (0–1) of this load.
    #[must_use]
    pub fn times(self, share: f64) -> Load {
        Load(self.0 * share)
    }

    /// The flow that carries this load at concentration `delta` over `days` days a year (the
    /// inverse of [`Flow::load`]): L × 10⁶ ÷ (ΔC × days). `None` unless ΔC × days is above zero.
    pub fn flow_at(self, delta: Concentration, days: Days) -> Option<Flow> {
        let per_flow = delta.0 * days.0;
        (per_flow > 0.0).then(|| Flow(self.0 * G_PER_T / per_flow))
    }

    /// A mass per year in t/yr from a mass ratio per kg of P (kg/kg P = t/t P), e.g. algal
    /// biomass per unit P.
    pub fn times_ratio(self, kg_per_kg_p: f64) -> f64 {
        self.0 * kg_per_kg_p
    }

    /// The volume of water per year this load would bring exactly to concentration `limit`:
    /// L (t/yr) × 10⁶ g/t ÷ c (g/m³). `None` for a limit that is not above zero.
    pub fn volume_at(self, limit: Concentration) -> Option<VolumePerYear> {
        (limit.0 > 0.0).then(|| VolumePerYear(self.0 * G_PER_T / limit.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cubic_metre_a_day_at_one_mg_per_litre_is_365_g_a_year() {
        let l = Flow(1.0).load(Concentration(1.0), Days(365.0));
        assert!((l.0 - 365e-6).abs() < 1e-15);
    }

    #[test]
    fn one_tonne_at_class_iii_river_needs_five_million_cubic_metres() {
        let v = Load(1.0).volume_at(Concentration(0.2));
        assert!(v.is_some_and(|v| (v.0 - 5e6).abs() < 1e-6));
        assert!(Load(1.0).volume_at(Concentration(0.0)).is_none());
    }

    #[test]
    fn flow_at_inverts_load() {
        let f = Load(4.875).flow_at(Concentration(0.5), Days(365.0));
        assert!(f.is_some_and(|f| (f.0 - 26_712.328_767).abs() < 1e-3));
        assert!(Load(1.0).flow_at(Concentration(0.0), Days(365.0)).is_none());
    }

    #[test]
    fn areas_and_herds_convert_kilograms_to_tonnes() {
        assert!((Hectares(1000.0).load(0.61).0 - 0.61).abs() < 1e-12);
        assert!((manure_load(1000.0, 1.0, 3.41).0 - 3.41).abs() < 1e-12);
    }
}
