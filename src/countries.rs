//! Country codes: which codes exist (ISO 3166-1 alpha-2), and the nearest one to a mistyped code. A leaf module:
//! the command line, `check` and the country picker use it; it knows nothing of words or terminals.

/// Every officially assigned ISO 3166-1 alpha-2 code, in order.
const ISO_3166: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR \
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI \
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS \
IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO \
MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA \
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT \
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Whether `code` is an ISO 3166-1 alpha-2 code, in any case.
pub fn is_iso(code: &str) -> bool {
    code.len() == 2 && ISO_3166.split(' ').any(|c| c.eq_ignore_ascii_case(code))
}

/// Codes people often type for a country whose ISO code differs.
const ALIASES: &[(&str, &str)] = &[("UK", "GB"), ("EN", "GB"), ("ZH", "CN"), ("FIL", "PH")];

/// What to suggest for a code that is not ISO 3166: a known alias, else a code from `known` that differs by one
/// letter (the first found, in the order given), else none.
pub fn did_you_mean<'a>(code: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let up = code.to_ascii_uppercase();
    if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == up) {
        return Some((*to).to_string());
    }
    let chars: Vec<char> = up.chars().collect();
    known
        .into_iter()
        .find(|k| {
            let kc: Vec<char> = k.chars().collect();
            kc.len() == chars.len() && kc.iter().zip(&chars).filter(|(a, b)| a != b).count() == 1
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_codes_are_known_in_any_case() {
        assert!(is_iso("KE") && is_iso("ke") && is_iso("Np"));
        assert!(!is_iso("UK") && !is_iso("XX") && !is_iso("KEN") && !is_iso(""));
    }

    #[test]
    fn suggestions_prefer_aliases_then_one_letter_off() {
        assert_eq!(did_you_mean("uk", ["GB", "KE"]).as_deref(), Some("GB"));
        assert_eq!(did_you_mean("KX", ["PH", "KE"]).as_deref(), Some("KE"));
        assert_eq!(did_you_mean("QQ", ["PH", "KE"]), None);
    }
}
