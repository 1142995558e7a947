#ifndef GONGWEN_CMALLOC_H
#define GONGWEN_CMALLOC_H
#include <stddef.h>

/// Keeps up to `bytes` of freed heap memory with the process instead of returning it to
/// the system after every free (glibc's `mallopt`; does nothing elsewhere).
void gongwen_keep_freed_memory(size_t bytes);

#endif
