"""`make bench`: build times, growth with the data, and Lighthouse scores (see run.py)."""
