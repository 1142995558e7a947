#ifndef GONGWEN_CCRASHNOTE_H
#define GONGWEN_CCRASHNOTE_H

/// Names the files being parsed when the process crashes. A Swift runtime trap cannot be
/// caught, so a batch cannot go on past it; what it can do is say which file did it and
/// record that file, so that running the batch again skips it and goes on.
///
/// `slots`: one per worker. `record`: a file the crashed paths are appended to, each line
/// `tag<TAB>path` (NULL: nothing recorded). `tag` identifies the parser version. Installs
/// handlers for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE and SIGABRT that write the
/// message and the record, then let the signal end the process as it would have.
void gongwen_crash_note_init(int slots, const char *record, const char *tag);

/// The file worker `slot` starts on (NULL: it finished one and holds none).
void gongwen_crash_note_set(int slot, const char *path);

#endif
