"""speed9: bridges.py's base (the linear scorer, refitted per fold) under engine.PIECE_MODE."""
# ruff: noqa: E402, B905, E741, N806, E731, E501, I001, SIM115, UP031

import sys

sys.path.insert(0, "tests/alignment/gold/tools")
from mediacompare.alignment import engine

engine.PIECE_MODE = sys.argv[1]
import bridges

sys.exit(bridges.main(sys.argv[2:]))
