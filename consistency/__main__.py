from consistency.cli import main

main()
