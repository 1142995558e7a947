#include "cmalloc.h"
#include <stdlib.h>   // defines __GLIBC__ on glibc systems
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void gongwen_keep_freed_memory(size_t bytes) {
#if defined(__GLIBC__)
    // Setting the trim threshold turns off glibc's adaptive mmap threshold, so that is
    // set as well: blocks smaller than `bytes` come from the heap and are reused.
    mallopt(M_TRIM_THRESHOLD, (int)bytes);
    mallopt(M_MMAP_THRESHOLD, (int)bytes);
#else
    (void)bytes;
#endif
}
