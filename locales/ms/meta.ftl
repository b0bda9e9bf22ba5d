# Machine-drafted translation: needs review by a native speaker.
# The language's own name, as its speakers write it, and how far its translation has come:
# complete | reviewed | machine-drafted | partial
locale-name = Bahasa Melayu
locale-status = machine-drafted
