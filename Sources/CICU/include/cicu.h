#ifndef GONGWEN_CICU_H
#define GONGWEN_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Best charset guesses for `bytes`, most confident first, written as NUL-separated names
/// into `names` (capacity `cap`); `confidences` receives up to `maxMatches` scores (0–100).
/// Returns the number of matches, or -1 on error.
int32_t gw_detect_charsets(const char *bytes, int32_t length,
                           char *names, int32_t cap,
                           int32_t *confidences, int32_t maxMatches);

/// Strictly converts `length` bytes in `charset` to UTF-16 in `out` (capacity `cap` units).
/// Returns the number of UTF-16 units written, or -1 when the bytes are not valid in that
/// charset (then `*errorOffset` is the byte offset where decoding stopped, when known),
/// or -2 when the charset is unknown, -3 when `out` is too small.
int32_t gw_decode_strict(const char *charset, const char *bytes, int32_t length,
                         uint16_t *out, int32_t cap, int32_t *errorOffset);

/// Converts UTF-16 text to `charset` (used by tests to make fixtures). Returns bytes written or < 0.
int32_t gw_encode(const char *charset, const uint16_t *text, int32_t length,
                  char *out, int32_t cap);

/// Applies the ICU transform `transformID` (e.g. "Traditional-Simplified") to `text` in place.
/// `length` units in, capacity `cap`; returns the new length or -1.
int32_t gw_transform(const char *transformID, uint16_t *text, int32_t length, int32_t cap);

/// NFKC-normalizes `text` into `out`. Returns the output length or -1.
int32_t gw_nfkc(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap);

/// ICU's version, e.g. "72.1".
void gw_icu_version(char *out, int32_t cap);

#ifdef __cplusplus
}
#endif
#endif
