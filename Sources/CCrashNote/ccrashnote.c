#include "ccrashnote.h"
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static _Atomic(char *) *notes = NULL;
static int note_count = 0;
static char *record_path = NULL;
static char *record_tag = NULL;
static volatile sig_atomic_t handling = 0;

static void put(int fd, const char *s) {
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return;
        s += w; n -= (size_t)w;
    }
}

/// Only async-signal-safe calls: write, open, close, signal, raise.
static void on_crash(int sig) {
    if (!handling) {
        handling = 1;
        int fd = record_path ? open(record_path, O_WRONLY | O_CREAT | O_APPEND, 0644) : -1;
        for (int i = 0; i < note_count; i++) {
            const char *p = atomic_load(&notes[i]);
            if (!p) continue;
            put(2, "\ngongwen: the parser crashed while reading ");
            put(2, p);
            put(2, "\n");
            if (fd >= 0) { put(fd, record_tag); put(fd, "\t"); put(fd, p); put(fd, "\n"); }
        }
        if (fd >= 0) {
            close(fd);
            put(2, "gongwen: the file is recorded in ");
            put(2, record_path);
            put(2, "; run the same command again to go on past it\n");
        }
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void gongwen_crash_note_init(int slots, const char *record, const char *tag) {
    if (slots < 1) slots = 1;
    notes = calloc((size_t)slots, sizeof(*notes));
    note_count = notes ? slots : 0;
    record_path = record ? strdup(record) : NULL;
    record_tag = strdup(tag ? tag : "");
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
    for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_crash;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
}

void gongwen_crash_note_set(int slot, const char *path) {
    if (slot < 0 || slot >= note_count) return;
    char *copy = path ? strdup(path) : NULL;
    char *old = atomic_exchange(&notes[slot], copy);
    free(old);
}
