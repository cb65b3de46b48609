// Only the C shim target (Sources/CICU) includes these; see Package.swift.
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
