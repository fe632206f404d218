"""Text helpers: decoding, offsets, sentences, dates, amounts, the word lists and the parser."""
