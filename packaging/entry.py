"""The bundle's entry point: the same ``main`` as the ``ogi-report`` console script.

No arguments or only GUI options start the window; a sub-command runs the command line.
"""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
