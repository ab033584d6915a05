#pragma once

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks besides "does not crash". A violation aborts, so libFuzzer
// saves the input as a crash and the hardening run fails.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", #condition, __FILE__,     \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
