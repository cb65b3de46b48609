// A plain-C facade over the system ICU (libicu-dev).
//
// Why a facade: Foundation on Linux bundles its own ICU headers, and a Swift
// module that sees both those and the system headers fails to build
// ("'UErrorCode' has different definitions"). This header therefore uses
// only <stdint.h> types; <unicode/*.h> is included in CICU.c alone. It also
// hides Debian's versioned symbol renaming (ubrk_open -> ubrk_open_72).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU general category (UCharCategory) of a code point.
int32_t cicu_char_category(uint32_t c);

/// 1 when the code point has the Unicode White_Space property.
int32_t cicu_is_white_space(uint32_t c);

/// 1 when the code point is Extended_Pictographic (emoji and pictographs).
int32_t cicu_is_extended_pictographic(uint32_t c);

/// NFC_Quick_Check of one code point: 0 = No, 1 = Yes, 2 = Maybe.
int32_t cicu_nfc_quick_check(uint32_t c);

/// NFC-normalizes `len` code points from `src` into `dst` (capacity `cap`).
/// Returns the number of code points written, or -1 on an ICU error or when
/// `cap` is too small.
int32_t cicu_nfc_normalize(const uint32_t *src, int32_t len, uint32_t *dst, int32_t cap);

/// The matching-key form of one code point: compatibility decomposition
/// (NFKD), combining marks removed, full case folding. Writes up to `cap`
/// code points to `dst` and returns the count (0 for a code point that
/// folds to nothing, such as a lone combining accent), or -1 on error.
int32_t cicu_fold(uint32_t c, uint32_t *dst, int32_t cap);

/// Sentence boundaries by ICU's rules (UAX #29, locale "fr") over UTF-16
/// text. Writes boundary offsets (UTF-16 units, excluding 0) to `out`,
/// returns their count, or -1 on error. Count may exceed `cap`: then only
/// the first `cap` are written.
int32_t cicu_sentence_breaks(const uint16_t *text, int32_t len, int32_t *out, int32_t cap);

#ifdef __cplusplus
}
#endif

#endif
