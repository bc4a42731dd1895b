"""Crisis detection: the lexicon (``crisis.yaml``), its compiled patterns, the risk model
and the detector that applies them.
"""
