#include "cicu.h"
#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>

int32_t gw_detect_charsets(const char *bytes, int32_t length, char *names, int32_t cap,
                           int32_t *confidences, int32_t maxMatches) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(det, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &status);
    if (U_FAILURE(status) || matches == NULL) { ucsdet_close(det); return -1; }
    int32_t written = 0, pos = 0;
    for (int32_t i = 0; i < found && written < maxMatches; i++) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s2);
        int32_t conf = ucsdet_getConfidence(matches[i], &s2);
        if (U_FAILURE(s2) || name == NULL) continue;
        int32_t n = (int32_t)strlen(name);
        if (pos + n + 1 > cap) break;
        memcpy(names + pos, name, (size_t)n);
        names[pos + n] = 0;
        pos += n + 1;
        confidences[written++] = conf;
    }
    ucsdet_close(det);
    return written;
}

int32_t gw_decode_strict(const char *charset, const char *bytes, int32_t length,
                         uint16_t *out, int32_t cap, int32_t *errorOffset) {
    UErrorCode status = U_ZERO_ERROR;
    *errorOffset = -1;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -2;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(conv); return -2; }
    UChar *target = (UChar *)out;
    const UChar *targetLimit = target + cap;
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    ucnv_toUnicode(conv, &target, targetLimit, &source, sourceLimit, NULL, 1, &status);
    int32_t result;
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = -3;
    } else if (U_FAILURE(status)) {
        // `source` points just past the bytes consumed, which include the offending ones.
        char bad[8];
        int8_t badLen = sizeof(bad);
        UErrorCode s2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv, bad, &badLen, &s2);
        int32_t consumed = (int32_t)(source - bytes);
        *errorOffset = U_SUCCESS(s2) ? consumed - badLen : consumed;
        result = -1;
    } else {
        result = (int32_t)(target - (UChar *)out);
    }
    ucnv_close(conv);
    return result;
}

int32_t gw_encode(const char *charset, const uint16_t *text, int32_t length, char *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -2;
    int32_t n = ucnv_fromUChars(conv, out, cap, (const UChar *)text, length, &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) return -1;
    return n;
}

int32_t gw_transform(const char *transformID, uint16_t *text, int32_t length, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[64];
    int32_t idLen = (int32_t)strlen(transformID);
    if (idLen >= 64) return -1;
    u_charsToUChars(transformID, id, idLen);
    UTransliterator *t = utrans_openU(id, idLen, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return -1;
    int32_t len = length, limit = length;
    utrans_transUChars(t, (UChar *)text, &len, cap, 0, &limit, &status);
    utrans_close(t);
    if (U_FAILURE(status)) return -1;
    return len;
}

int32_t gw_nfkc(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t r = unorm2_normalize(n, (const UChar *)text, length, (UChar *)out, cap, &status);
    if (U_FAILURE(status)) return -1;
    return r;
}

void gw_icu_version(char *out, int32_t cap) {
    UVersionInfo v;
    u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buf);
    strncpy(out, buf, (size_t)cap - 1);
    out[cap - 1] = 0;
}
