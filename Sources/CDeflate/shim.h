// libdeflate from the system (Debian: libdeflate-dev): the PNG encoder's Adler-32.
#include <libdeflate.h>
