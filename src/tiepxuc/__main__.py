from tiepxuc.cli import main

main()
