from tiepxuc.cli import main

if __name__ == "__main__":  # worker processes import this module again: do not run there
    main()
