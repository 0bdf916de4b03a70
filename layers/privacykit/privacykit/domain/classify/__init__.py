"""Classification: text and uploads through the detector to a level, recorded per subject and tagged."""
