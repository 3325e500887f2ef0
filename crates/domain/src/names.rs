//! Personal names in every script: initials for avatars and the structured name
//! (family; given; additional; prefixes; suffixes) that address books file and sort by.
//!
//! People enter one display name. What is derived from it follows the conventions of
//! the name's script: Chinese, Japanese and Korean names put the family name first;
//! elsewhere the last word is the family name, with its particles ("van der", "de la",
//! «بن», «آل», "al-"); a word written in capitals is the family name, as UN documents
//! write them ("WANG Wei", "Ana LÓPEZ GARCÍA"); "López, Ana" names the family first.

/// The structured name of a vCard's `N` property (RFC 6350 §6.2.2).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StructuredName {
    pub family: String,
    pub given: String,
    pub additional: String,
    pub prefixes: String,
    pub suffixes: String,
}

/// Words that belong to the family name that follows them.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "dos", "du",
    "la", "le", "lo", "ter", "ten", "zu", "bin", "ibn", "bint", "ben", "abu", "al", "el", "بن",
    "ابن", "بنت", "أبو", "ابو", "آل", "ال", "бен",
];

/// First halves of compound Arabic names: «عبد الله» (Abdullah) is one name.
const JOINERS: &[&str] = &[
    "عبد", "abd", "abdul", "abdel", "abd-al", "abu", "أبو", "ابو",
];

fn is_joiner(word: &str) -> bool {
    JOINERS.contains(&word.to_lowercase().as_str())
}

const PREFIXES: &[&str] = &[
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "prof",
    "prof.",
    "h.e.",
    "he",
    "amb.",
    "sir",
    "dame",
    "د.",
    "السيد",
    "السيدة",
    "الدكتور",
];

const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d."];

/// Chinese family names of two characters.
const COMPOUND_HAN: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲",
    "公孙", "公孫", "慕容", "令狐", "长孙", "長孫", "宇文", "夏侯", "轩辕", "軒轅", "澹台", "端木",
    "闻人", "聞人", "南宫", "南宮", "司徒", "司空", "西门", "西門",
];

/// Korean family names of two syllables.
const COMPOUND_HANGUL: &[&str] = &["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"];

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Chinese, Japanese and Korean characters: names written family name first.
fn is_east_asian(c: char) -> bool {
    is_han(c) || is_kana(c) || is_hangul(c)
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_particle(word: &str) -> bool {
    let w = word.to_lowercase();
    PARTICLES.contains(&w.as_str())
}

/// A word in capitals (at least two cased letters, none in lower case): a family name
/// in UN style.
fn is_capitalised_family(word: &str) -> bool {
    let cased: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    cased.len() >= 2
        && cased.iter().all(|c| c.is_uppercase() || !c.is_lowercase())
        && cased.iter().any(|c| c.is_uppercase())
}

/// A word without its article: «الأحمد» → «أحمد», "al-Hashimi" → "Hashimi".
fn without_article(word: &str) -> &str {
    for article in ["al-", "Al-", "AL-", "el-", "El-", "EL-", "ال"] {
        if let Some(rest) = word.strip_prefix(article) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    word
}

/// Splits a display name into its vCard `N` components.
pub fn structured(display_name: &str) -> StructuredName {
    let name = display_name.trim();
    let mut out = StructuredName::default();
    if name.is_empty() {
        return out;
    }
    // "Family, Given" names the family first.
    if let Some((family, given)) = name.split_once(',') {
        if !family.trim().is_empty() && !given.trim().is_empty() {
            out.family = family.trim().to_string();
            out.given = given.split_whitespace().collect::<Vec<_>>().join(" ");
            return out;
        }
    }
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let mut prefixes = Vec::new();
    while words.len() > 1 && PREFIXES.contains(&words[0].to_lowercase().as_str()) {
        prefixes.push(words.remove(0));
    }
    let mut suffixes = Vec::new();
    while words.len() > 1
        && SUFFIXES.contains(
            &words[words.len() - 1]
                .to_lowercase()
                .trim_end_matches(',')
                .to_string()
                .as_str(),
        )
    {
        suffixes.insert(0, words.pop().expect("a word"));
    }
    out.prefixes = prefixes.join(" ");
    out.suffixes = suffixes.join(" ");

    if name.chars().any(is_east_asian) {
        if words.len() >= 2 {
            // 山田 太郎, 王 小明: the first word is the family name.
            out.family = words[0].to_string();
            out.given = words[1..].join(" ");
        } else {
            let chars: Vec<char> = words[0].chars().collect();
            let split = if chars.len() <= 1 {
                chars.len()
            } else {
                let two: String = chars[..2].iter().collect();
                let compound = if chars[0].is_alphabetic() && is_hangul(chars[0]) {
                    chars.len() >= 4 && COMPOUND_HANGUL.contains(&two.as_str())
                } else {
                    chars.len() >= 3 && COMPOUND_HAN.contains(&two.as_str())
                };
                if compound {
                    2
                } else {
                    1
                }
            };
            out.family = chars[..split].iter().collect();
            out.given = chars[split..].iter().collect();
        }
        return out;
    }

    if words.len() == 1 {
        out.family = words[0].to_string();
        return out;
    }
    // UN style: the words in capitals are the family name, wherever they stand.
    let caps: Vec<bool> = words.iter().map(|w| is_capitalised_family(w)).collect();
    if caps.iter().any(|c| *c) && !caps.iter().all(|c| *c) {
        let family: Vec<&str> = words
            .iter()
            .zip(&caps)
            .filter(|(_, c)| **c)
            .map(|(w, _)| *w)
            .collect();
        let rest: Vec<&str> = words
            .iter()
            .zip(&caps)
            .filter(|(_, c)| !**c)
            .map(|(w, _)| *w)
            .collect();
        out.family = family.join(" ");
        out.given = rest[0].to_string();
        out.additional = rest[1..].join(" ");
        return out;
    }
    // Otherwise the last word, with the particles before it, is the family name.
    let given_len = if words.len() > 2 && is_joiner(words[0]) {
        2
    } else {
        1
    };
    let mut start = words.len() - 1;
    while start > given_len && (is_particle(words[start - 1]) || is_joiner(words[start - 1])) {
        start -= 1;
    }
    out.family = words[start..].join(" ");
    out.given = words[..given_len].join(" ");
    out.additional = words[given_len..start].join(" ");
    out
}

/// Up to two initials for an avatar without a photo: "Ana López" → "AL", "王小明" → "王",
/// «محمد الأحمد» → «م‌أ» (the article skipped; Arabic letters kept apart so they do not
/// join into a word).
pub fn initials(display_name: &str) -> String {
    let words: Vec<&str> = display_name
        .split_whitespace()
        .filter(|w| !PREFIXES.contains(&w.to_lowercase().as_str()))
        .collect();
    let first_letter = |w: &str| -> Option<String> {
        without_article(w)
            .chars()
            .find(|c| c.is_alphanumeric())
            .map(|c| c.to_uppercase().collect())
    };
    let Some(first_word) = words.first() else {
        return "?".into();
    };
    if first_word.chars().any(is_east_asian) {
        // Chinese, Japanese, Korean: the family name's first character alone.
        return first_letter(first_word).unwrap_or_else(|| "?".into());
    }
    // The last word that is a name, not a particle; of a compound («عبد الله»), its
    // first half.
    let last = (1..words.len())
        .rev()
        .find(|i| !is_particle(words[*i]) && first_letter(words[*i]).is_some())
        .map(|i| {
            if i > 1 && is_joiner(words[i - 1]) {
                words[i - 1]
            } else {
                words[i]
            }
        });
    let a = first_letter(first_word).unwrap_or_else(|| "?".into());
    match last.and_then(first_letter) {
        None => a,
        Some(b) => {
            let arabic = a.chars().chain(b.chars()).all(is_arabic);
            if arabic {
                // A zero-width non-joiner: two letters, not a ligature like «لا».
                format!("{a}\u{200C}{b}")
            } else {
                format!("{a}{b}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(name: &str) -> (String, String, String) {
        let s = structured(name);
        (s.family, s.given, s.additional)
    }

    #[test]
    fn family_names_in_every_script() {
        let t = |f: &str, g: &str, a: &str| (f.to_string(), g.to_string(), a.to_string());
        assert_eq!(n("Ana López"), t("López", "Ana", ""));
        assert_eq!(n("Иван Петрович Сидоров"), t("Сидоров", "Иван", "Петрович"));
        assert_eq!(n("Ludwig van der Berg"), t("van der Berg", "Ludwig", ""));
        assert_eq!(n("Maria de la Cruz"), t("de la Cruz", "Maria", ""));
        assert_eq!(n("محمد بن سلمان"), t("بن سلمان", "محمد", ""));
        assert_eq!(n("فاطمة الزهراء"), t("الزهراء", "فاطمة", ""));
        assert_eq!(n("مُحَمَّد عبد الله"), t("عبد الله", "مُحَمَّد", ""));
        assert_eq!(n("عبد الله الأحمد"), t("الأحمد", "عبد الله", ""));
        assert_eq!(n("王小明"), t("王", "小明", ""));
        assert_eq!(n("欧阳修文"), t("欧阳", "修文", ""));
        assert_eq!(n("山田 太郎"), t("山田", "太郎", ""));
        assert_eq!(n("김민준"), t("김", "민준", ""));
        assert_eq!(n("남궁민수"), t("남궁", "민수", ""));
        assert_eq!(n("WANG Wei"), t("WANG", "Wei", ""));
        assert_eq!(n("Ana LÓPEZ GARCÍA"), t("LÓPEZ GARCÍA", "Ana", ""));
        assert_eq!(n("López, Ana María"), t("López", "Ana María", ""));
        assert_eq!(n("Cher"), t("Cher", "", ""));
        let s = structured("Dr. Amina J. Mohammed");
        assert_eq!(
            (
                s.prefixes.as_str(),
                s.given.as_str(),
                s.additional.as_str(),
                s.family.as_str()
            ),
            ("Dr.", "Amina", "J.", "Mohammed")
        );
        assert_eq!(structured("  "), StructuredName::default());
    }

    #[test]
    fn initials_skip_articles_and_particles() {
        assert_eq!(initials("Ana López"), "AL");
        assert_eq!(initials("王小明"), "王");
        assert_eq!(initials("김민준"), "김");
        assert_eq!(initials("Cher"), "C");
        assert_eq!(initials(""), "?");
        assert_eq!(initials("Ludwig van der Berg"), "LB");
        assert_eq!(initials("Ali al-Hashimi"), "AH");
        // The article never gives the initials «لا», «يا», «عا».
        assert_eq!(initials("محمد الأحمد"), "م\u{200C}أ");
        assert_eq!(initials("علي العلي"), "ع\u{200C}ع");
        assert_eq!(initials("يوسف بن علي"), "ي\u{200C}ع");
        assert_eq!(initials("الحسن الزين"), "ح\u{200C}ز");
        assert_eq!(initials("مُحَمَّد عبد الله"), "م\u{200C}ع");
        for name in [
            "عبد الله الأحمد",
            "ليلى الحسن",
            "يحيى العمري",
            "الأمير آل سعود",
        ] {
            let i = initials(name);
            assert!(!i.contains('ا') && !i.contains("لا"), "{name} → {i}");
        }
    }
}
