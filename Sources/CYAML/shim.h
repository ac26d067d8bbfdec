// libyaml from the system (Debian: libyaml-dev), the parser Yams bundled, without Foundation.
#include <yaml.h>
