import CICU

/// The classes the scanner distinguishes, derived from ICU's character
/// properties (general category, White_Space, Extended_Pictographic).
enum CharacterClass: UInt8 {
    case space        // White_Space, and zero-width separators (U+200B, U+2060, U+FEFF)
    case upper        // Lu, Lt
    case lower        // Ll
    case otherLetter  // Lm, Lo
    case mark         // Mn, Mc, Me: attach to the preceding character
    case digit        // Nd
    case otherNumber  // Nl, No (², ½)
    case apostrophe   // ' ’ ʼ
    case hyphen       // - ‐ ‑
    case period       // .
    case comma        // ,
    case slash        // /
    case connector    // _ (Pc)
    case extend       // soft hyphen, ZWJ, ZWNJ, variation selectors, emoji modifiers: stay inside a token
    case emoji        // Extended_Pictographic, regional indicators
    case punctuation  // other P*
    case symbol       // S*
    case other        // controls, unassigned, private use

    // One range compare each: the cases upper...otherLetter and
    // upper...otherNumber are declared contiguously for this (keep the order).
    @inline(__always) var isLetter: Bool { rawValue &- CharacterClass.upper.rawValue <= CharacterClass.otherLetter.rawValue &- CharacterClass.upper.rawValue }
    /// A letter, a mark, a digit or another number.
    @inline(__always) var isAlphanumeric: Bool { rawValue &- CharacterClass.upper.rawValue <= CharacterClass.otherNumber.rawValue &- CharacterClass.upper.rawValue }
}

/// Classifies code points; a table for the Basic Multilingual Plane, ICU
/// calls beyond it. Built once, read-only afterwards (safe across threads).
struct CharacterClassifier: @unchecked Sendable {
    static let shared = CharacterClassifier()

    /// 64 KiB, filled once and never written again nor freed (a process-wide
    /// constant): a raw pointer spares the scanner a bounds check per look-up.
    private let bmp: UnsafeMutablePointer<CharacterClass>

    private init() {
        bmp = .allocate(capacity: 0x10000)
        for c in 0..<UInt32(0x10000) { (bmp + Int(c)).initialize(to: CharacterClassifier.compute(c)) }
    }

    @inline(__always)
    func classify(_ c: UInt32) -> CharacterClass {
        c < 0x10000 ? bmp[Int(c)] : CharacterClassifier.compute(c)
    }

    // ICU UCharCategory values (uchar.h).
    private static func compute(_ c: UInt32) -> CharacterClass {
        switch c {
        case 0x27, 0x2019, 0x02BC: return .apostrophe
        case 0x2D, 0x2010, 0x2011: return .hyphen
        case 0x2E: return .period
        case 0x2C: return .comma
        case 0x2F: return .slash
        case 0x200B, 0x2060, 0xFEFF: return .space
        case 0x00AD, 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .extend
        case 0x1F1E6...0x1F1FF: return .emoji
        default: break
        }
        if cicu_is_white_space(c) != 0 { return .space }
        if cicu_is_extended_pictographic(c) != 0, c > 0xFF { return .emoji }
        switch cicu_char_category(c) {
        case 1, 3: return .upper                 // Lu, Lt
        case 2: return .lower                    // Ll
        case 4, 5: return .otherLetter           // Lm, Lo
        case 6, 7, 8: return .mark               // Mn, Me, Mc
        case 9: return .digit                    // Nd
        case 10, 11: return .otherNumber         // Nl, No
        case 16: return .extend                  // Cf (format)
        case 22: return .connector               // Pc
        case 19, 20, 21, 23, 28, 29: return .punctuation // Pd Ps Pe Po Pi Pf
        case 24, 25, 26, 27: return .symbol      // Sm Sc Sk So
        default: return .other
        }
    }
}
