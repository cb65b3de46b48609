#include "CICU.h"
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

int32_t cicu_char_category(uint32_t c) { return (int32_t)u_charType((UChar32)c); }

int32_t cicu_is_white_space(uint32_t c) { return u_isUWhiteSpace((UChar32)c) ? 1 : 0; }

int32_t cicu_is_extended_pictographic(uint32_t c) {
    return u_hasBinaryProperty((UChar32)c, UCHAR_EXTENDED_PICTOGRAPHIC) ? 1 : 0;
}

int32_t cicu_nfc_quick_check(uint32_t c) {
    int32_t v = u_getIntPropertyValue((UChar32)c, UCHAR_NFC_QUICK_CHECK);
    return v == UNORM_NO ? 0 : (v == UNORM_YES ? 1 : 2);
}

// UTF-32 -> UTF-16 into a fixed buffer; returns units or -1 when it does not fit.
static int32_t to_utf16(const uint32_t *src, int32_t len, UChar *dst, int32_t cap) {
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++) {
        if (n + 2 > cap) return -1;
        UBool err = 0;
        U16_APPEND(dst, n, cap, (UChar32)src[i], err);
        if (err) return -1;
    }
    return n;
}

static int32_t to_utf32(const UChar *src, int32_t len, uint32_t *dst, int32_t cap) {
    int32_t i = 0, n = 0;
    while (i < len) {
        UChar32 c;
        U16_NEXT(src, i, len, c);
        if (n >= cap) return -1;
        dst[n++] = (uint32_t)c;
    }
    return n;
}

int32_t cicu_nfc_normalize(const uint32_t *src, int32_t len, uint32_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    UChar in[512], out[1024];
    if (len > 250) return -1;
    int32_t n16 = to_utf16(src, len, in, 512);
    if (n16 < 0) return -1;
    int32_t m = unorm2_normalize(nfc, in, n16, out, 1024, &status);
    if (U_FAILURE(status)) return -1;
    return to_utf32(out, m, dst, cap);
}

int32_t cicu_fold(uint32_t c, uint32_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&status);
    if (U_FAILURE(status)) return -1;
    UChar decomposed[64];
    int32_t dlen = unorm2_getDecomposition(nfkd, (UChar32)c, decomposed, 64, &status);
    if (U_FAILURE(status)) return -1;
    if (dlen < 0) { // no decomposition: the code point itself
        dlen = 0;
        UBool err = 0;
        U16_APPEND(decomposed, dlen, 64, (UChar32)c, err);
    }
    // Drop combining marks (accents), keep the rest.
    UChar kept[64];
    int32_t klen = 0, i = 0;
    while (i < dlen) {
        UChar32 d;
        U16_NEXT(decomposed, i, dlen, d);
        int8_t cat = u_charType(d);
        if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK) continue;
        UBool err = 0;
        U16_APPEND(kept, klen, 64, d, err);
    }
    UChar folded[128];
    int32_t flen = u_strFoldCase(folded, 128, kept, klen, U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) return -1;
    return to_utf32(folded, flen, dst, cap);
}

int32_t cicu_sentence_breaks(const uint16_t *text, int32_t len, int32_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "fr", (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return -1; // U_USING_DEFAULT_WARNING is not a failure
    int32_t count = 0;
    ubrk_first(bi);
    for (int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (count < cap) out[count] = b;
        count++;
    }
    ubrk_close(bi);
    return count;
}
